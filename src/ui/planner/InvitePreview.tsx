import { Button, Card } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type MeetingPlan, renderInvite } from '../../domain';
import { FIT_TO_FRAME_CSS, MailBodyFrame } from '../MailBodyFrame';
import { useLocale, useStrings } from '../StringsContext';

/** The invitation exactly as it will be sent: `renderInvite`'s HTML in a sandboxed frame. */
export function InvitePreview({ plan }: { readonly plan: MeetingPlan }) {
  const t = useStrings();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const invite = useMemo(
    () => (open ? renderInvite(plan, locale) : undefined),
    [open, plan, locale],
  );
  const heading = t('preview');
  return (
    <Card>
      <div>
        <Button aria-expanded={open} aria-controls="invite-preview" onClick={() => setOpen(!open)}>
          {open ? t('hidePreview') : t('showPreview')}
        </Button>
      </div>
      {invite ? (
        <MailBodyFrame
          id="invite-preview"
          title={t('previewOf', { subject: invite.subject })}
          html={`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${heading}</title><style>${FIT_TO_FRAME_CSS}</style></head><body>${invite.html}</body></html>`}
        />
      ) : null}
    </Card>
  );
}
