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
