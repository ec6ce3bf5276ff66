import { useT } from './i18n';

interface Props {
  onUndo: () => void;
}

export function UndoBar({ onUndo }: Props) {
  const t = useT();
  return (
    <div class="undo-bar" role="status">
      {t('noteDeleted')}{' '}
      <button type="button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
