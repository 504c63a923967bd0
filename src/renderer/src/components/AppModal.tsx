import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusReturnOnUnmount } from './use-focus-return-on-unmount';

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalRootProps['size'];
  children: ReactNode;
}

/**
 * Mantine's modal with a labelled close button and a header that is not a banner landmark (a
 * <header> inside a dialog would count as a second banner next to the app's own); closed or
 * unmounted, it gives the focus back to the control that opened it.
 */
export function AppModal({ opened, onClose, title, size, children }: AppModalProps) {
  const { t } = useTranslation();
  useFocusReturnOnUnmount(opened);
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="presentation">
          <Modal.Title fw={600}>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
