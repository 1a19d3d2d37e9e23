import { useEffect } from 'react';
import { useNoticeActions, useNotices, type Notice } from '../../state/notices-store';

/**
 * The session's notices at the top of the page. Each message is its own live region (an error is an
 * alert, anything else a status) with its buttons beside it rather than inside, so a screen reader
 * announces the message alone.
 */
export function NoticeList() {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { noticeDismissed } = useNoticeActions();
  const { id, dismissAfterMs } = notice;
  useEffect(() => {
    if (dismissAfterMs === undefined) return;
    const timer = setTimeout(() => noticeDismissed(id), dismissAfterMs);
    return () => clearTimeout(timer);
  }, [id, dismissAfterMs, notice, noticeDismissed]);
  return (
    <div className={`notice notice-${notice.tone}`}>
      <p id={`notice-${notice.id}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
        {notice.message}
      </p>
      {notice.action ? (
        <button
          type="button"
          aria-describedby={`notice-${notice.id}`}
          onClick={() => {
            noticeDismissed(notice.id);
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-describedby={`notice-${notice.id}`}
        onClick={() => noticeDismissed(notice.id)}
      >
        Dismiss
      </button>
    </div>
  );
}
