import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  role: string | null;
  count: number;
  children: ComponentChildren;
}

export function SpeakerGroup({ name, role, count, children }: Props) {
  const headingId = `speaker-${name.replace(/\W+/gu, '-')}`;
  return (
    <section class="speaker" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {name}
        {role && <span class="role"> · {role}</span>}
        <span class="count"> ({count})</span>
      </h2>
      <ul class="quotes">{children}</ul>
    </section>
  );
}
