import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/api/errors';
import { sayCoreText } from '../app/logic/core-text';

/**
 * The core's English message starts with its place ("Row 4, column price: "); the UI says the
 * place itself, and the problem from its code.
 */
const PLACE_PREFIX = /^Row \d+(, column [^:]+)?: /;

/** CSV problems, each naming its row and column when the core knows them. */
export function CsvIssueList({ issues }: { issues: readonly ApiIssue[] }) {
  const { t } = useTranslation();
  const place = (issue: ApiIssue) => {
    if (issue.row !== undefined && issue.column !== undefined) {
      return t('csv.issueAtCell', { row: issue.row, column: issue.column });
    }
    if (issue.row !== undefined) return t('csv.issueAtRow', { row: issue.row });
    if (issue.column !== undefined) return t('csv.issueAtColumn', { column: issue.column });
    return null;
  };
  return (
    <List size="sm" spacing={4} aria-label={t('csv.issuesLabel')} data-testid="csv-issues">
      {issues.map((issue, index) => {
        const where = place(issue);
        return (
          <List.Item key={`${issue.row ?? ''}-${issue.column ?? ''}-${index}`}>
            {where && (
              <Text span fw={700} size="sm">
                {where}:{' '}
              </Text>
            )}
            {issue.text !== undefined
              ? sayCoreText(t, issue.text)
              : issue.message.replace(PLACE_PREFIX, '')}
          </List.Item>
        );
      })}
    </List>
  );
}
