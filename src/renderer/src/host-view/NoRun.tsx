import { useTranslation } from 'react-i18next';
import { HOST_COLORS } from './logic/host-styles';

/** Before a run is open there is nothing to read: say so, and what will bring the view to life. */
export function NoRun({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        flex: 1,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        textAlign: 'center',
        gap: '2vh',
      }}
    >
      <h1 data-testid="host-no-run" style={{ margin: 0, fontSize: '7vh', fontWeight: 800 }}>
        {loading ? t('host.loading') : t('host.noRun.title')}
      </h1>
      {!loading && (
        <p style={{ margin: 0, maxWidth: '70vw', fontSize: '3.2vh', color: HOST_COLORS.label }}>
          {t('host.noRun.text')}
        </p>
      )}
    </div>
  );
}
