import { Button, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type MeetingPlan, renderInvite } from '../../domain';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  frame: {
    width: '100%',
    minHeight: '420px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // The invite is an e-mail body: white paper in every theme, as Outlook shows it.
    backgroundColor: '#ffffff',
  },
});

/**
 * The invitation exactly as it will be sent: `renderInvite`'s HTML in a sandboxed frame, so
 * nothing in it can run and the app's styles do not change how it looks.
 */
export function InvitePreview({ plan }: { readonly plan: MeetingPlan }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const invite = useMemo(
    () => (open ? renderInvite(plan, locale) : undefined),
    [open, plan, locale],
  );
  return (
    <Card>
      <Subtitle2 as="h3">{t('preview')}</Subtitle2>
      <div>
        <Button aria-expanded={open} aria-controls="invite-preview" onClick={() => setOpen(!open)}>
          {open ? t('hidePreview') : t('showPreview')}
        </Button>
      </div>
      {invite ? (
        <iframe
          id="invite-preview"
          className={styles.frame}
          title={`${t('preview')}: ${invite.subject}`}
          sandbox=""
          srcDoc={`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${t('preview')}</title></head><body>${invite.html}</body></html>`}
        />
      ) : null}
    </Card>
  );
}
