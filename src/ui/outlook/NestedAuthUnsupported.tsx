import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../StringsContext';

/**
 * Said in the pane when Outlook offers no nested app authentication (NestedAppAuth 1.1) and the
 * add-in therefore cannot sign in: what is wrong and what to use instead, never a blank pane.
 */
export function NestedAuthUnsupported() {
  const t = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="nested-auth-unsupported">
      <MessageBarBody>
        <MessageBarTitle>{t('outlookNoNestedAuthTitle')}</MessageBarTitle>
        {t('outlookNoNestedAuth')}
      </MessageBarBody>
    </MessageBar>
  );
}
