/** Saves text as a file through a temporary Blob link. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

const UNSAFE_IN_FILE_NAMES = '<>:"/\\|?*';

/** "618 Thai fruit live (Tmall)" is "618 Thai fruit live (Tmall).csv"; characters no file system allows become "_". */
export function csvFileName(showName: string): string {
  const safe = Array.from(showName, (char) =>
    char < ' ' || UNSAFE_IN_FILE_NAMES.includes(char) ? '_' : char,
  )
    .join('')
    .trim();
  return `${safe === '' ? 'lineup' : safe}.csv`;
}
