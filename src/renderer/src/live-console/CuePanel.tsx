import { Badge, Button, Group, Kbd, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconRocket, IconX } from '@tabler/icons-react';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirCue, OnAirState } from '../../../shared/model/onair';
import { useLiveRowSelect } from '../live-run/use-live';
import { useConsoleActions } from './console-actions';
import { CONSOLE_KEYS } from './logic/console-keys';
import { cueLines } from './logic/cue-text';
import { useOnAir } from './onair-context';

const selectCue = (state: OnAirState | null) => state?.cue ?? null;
const selectAutoArm = (state: OnAirState | null) => state?.autoArm ?? false;

function sameCue(a: OnAirCue | null, b: OnAirCue | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * The armed cue: what firing it does, step by step; `clear` (its Clear button) stands beside its
 * product's name, so that Fire and the arm buttons keep to one line in the side column.
 */
function ArmedCue({ cue, clear }: { cue: OnAirCue; clear: ReactNode }) {
  const { t, i18n } = useTranslation();
  const currency = useLiveRowSelect(cue.sku, (row) => row?.product.currency ?? 'CNY');
  const lines = cueLines(
    t,
    {
      name: cue.nameHost,
      pinSeconds: cue.pinSeconds,
      flashSale: cue.flashSale,
      loadTalkingPoints: cue.loadTalkingPoints,
    },
    currency,
    i18n.language,
  );
  return (
    <Stack gap={4} data-testid="armed-cue">
      <Group gap={6}>
        <Text fw={800} size="lg">
          {cue.nameHost}
        </Text>
        {cue.auto && (
          <Badge color="yellow" variant="light">
            {t('console.cue.auto')}
          </Badge>
        )}
        <div style={{ marginInlineStart: 'auto' }}>{clear}</div>
      </Group>
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * The next step, prepared ahead: arm it (the next slot in one key, or any product with a flash
 * sale), fire it with one key, clear it; and whether a sell-out arms the next slot by itself.
 */
export const CuePanel = memo(function CuePanel() {
  const { t } = useTranslation();
  const actions = useConsoleActions();
  const cue = useOnAir(selectCue, sameCue);
  const autoArm = useOnAir(selectAutoArm);
  const [firing, setFiring] = useState(false);

  const fire = async () => {
    setFiring(true);
    await actions.fire();
    setFiring(false);
  };

  // Without icons: beside "Nothing armed." (small) they keep to its line in the side column's
  // 360 px.
  const armButtons = (
    <>
      <Button
        variant="default"
        size="compact-sm"
        rightSection={<Kbd size="xs">{CONSOLE_KEYS.armNext.toUpperCase()}</Kbd>}
        onClick={actions.armNextSlot}
      >
        {t('console.cue.armNext')}
      </Button>
      <Button
        variant="default"
        size="compact-sm"
        onClick={() => actions.openArm(cue?.productId ?? null)}
      >
        {t('console.cue.armOther')}
      </Button>
    </>
  );

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="console-cue-title">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={2} size="h4" id="console-cue-title">
            {t('console.cue.title')}
          </Title>
          <Switch
            size="sm"
            label={t('console.cue.autoArm')}
            checked={autoArm}
            onChange={(event) => void actions.setAutoArm(event.currentTarget.checked)}
          />
        </Group>
        {cue === null ? (
          // Nothing armed: one line, its buttons beside it, so that the talking points and the
          // comments under the panel keep their height on a laptop screen.
          <Group gap={6} justify="space-between" wrap="wrap">
            <Text size="xs" c="dimmed" data-testid="armed-cue">
              {t('console.cue.none')}
            </Text>
            <Group gap={6} wrap="nowrap">
              {armButtons}
            </Group>
          </Group>
        ) : (
          <>
            <ArmedCue
              cue={cue}
              clear={
                <Button
                  variant="subtle"
                  color="gray"
                  size="compact-sm"
                  leftSection={<IconX size={16} aria-hidden />}
                  onClick={() => void actions.clearCue()}
                >
                  {t('console.cue.clear')}
                </Button>
              }
            />
            <Group gap={6} wrap="wrap">
              <Button
                color="teal.9"
                size="compact-md"
                leftSection={<IconRocket size={18} aria-hidden />}
                rightSection={<Kbd size="xs">{CONSOLE_KEYS.fire.toUpperCase()}</Kbd>}
                loading={firing}
                onClick={() => void fire()}
              >
                {t('console.cue.fire')}
              </Button>
              {armButtons}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
});
