import { useTranslation } from 'react-i18next';
import type { AudienceState } from '../../../shared/model/audience';
import { alertText } from '../audience/logic/alert-text';
import { HOST_COLORS } from './logic/host-styles';
import { ALERT_NAME_MAX, shortName } from './logic/short-name';

/** The viewer's question the producer sent, large with the viewer's name, until done. */
export function HostQuestion({ audience }: { audience: AudienceState }) {
  const { t } = useTranslation();
  const question = audience.hostQuestion;
  if (question === null) return null;
  return (
    <section
      aria-label={t('host.question')}
      data-testid="host-question"
      style={{
        flex: 'none',
        border: '0.4vh solid #f5c542',
        borderRadius: '1vh',
        padding: '1.2vh 2vh',
        background: '#2b2410',
      }}
    >
      <div style={{ fontSize: '2.6vh', color: '#f5c542', fontWeight: 700 }}>
        {t('host.questionFrom', { name: question.comment.name })}
      </div>
      <div
        lang={question.comment.lang ?? undefined}
        style={{ fontSize: '5.4vh', fontWeight: 800, color: HOST_COLORS.text, lineHeight: 1.15 }}
      >
        {question.comment.text}
      </div>
    </section>
  );
}

/** The newest prompter alert as one line, where the producer lets alerts reach the host view. */
export function HostAlertLine({
  audience,
  nameOf,
}: {
  audience: AudienceState;
  nameOf: (sku: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const alert = audience.hostAlert;
  if (alert === null) return null;
  const said = alertText(t, alert, nameOf, i18n.language);
  return (
    <div
      role="status"
      data-testid="host-alert"
      title={said}
      style={{
        flex: 'none',
        fontSize: '3vh',
        fontWeight: 700,
        background: '#7a3e00',
        color: '#fff',
        padding: '0.6vh 1.6vh',
        borderRadius: '0.8vh',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
    >
      {alertText(t, alert, (sku) => shortName(nameOf(sku), ALERT_NAME_MAX), i18n.language)}
    </div>
  );
}
