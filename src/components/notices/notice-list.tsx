import { useNoticeActions, useNotices } from '../../state/notices-store';

/**
 * The session's notices at the top of the page. Each message is its own live region (an error is an
 * alert, anything else a status) with the Dismiss button beside it rather than inside, so a screen
 * reader announces the message alone.
 */
export function NoticeList() {
  const notices = useNotices();
  const { noticeDismissed } = useNoticeActions();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <p id={`notice-${notice.id}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            {notice.message}
          </p>
          <button
            type="button"
            aria-describedby={`notice-${notice.id}`}
            onClick={() => noticeDismissed(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
