import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  frame: {
    width: '100%',
    minHeight: '380px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // An e-mail body: white paper in every theme, as Outlook shows it.
    backgroundColor: '#ffffff',
  },
});

/**
 * Lets a mail body fit a narrow frame (a meeting's side panel, a phone), as mail apps reflow a
 * message: long words break, and below 480 px the programme table's rows stand one under the
 * other (time, item, presenters), its column headings left out. Nothing else changes.
 */
export const FIT_TO_FRAME_CSS =
  'body{margin:8px;overflow-wrap:break-word}' +
  'table{max-width:100%!important}' +
  '@media (max-width:480px){' +
  'table,tbody,tr,td{display:block;width:auto!important}' +
  'tr:first-child{display:none}' +
  'tr{padding:4pt 0;border-bottom:1px solid #d1d1d1}' +
  'td{border:0!important;padding:0 4pt!important}}';

/**
 * An invitation's HTML in a sandboxed frame: nothing in it can run, and the app's styles do not
 * change how it looks. axe cannot enter such a frame; tests check the HTML on its own.
 */
export function MailBodyFrame(props: {
  readonly id?: string;
  readonly title: string;
  readonly html: string;
}) {
  const styles = useStyles();
  return (
    <iframe
      id={props.id}
      className={styles.frame}
      title={props.title}
      sandbox=""
      srcDoc={props.html}
    />
  );
}
