import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
}

export function StatusNotice({ title, children }: Props) {
  return (
    <section class="notice" role="status">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
