/** A QR code of a link (qrcode-generator, drawn as SVG): phones open the team view without typing the address. */
import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

export function QrCode({ text, label, size = 160, testId }: { text: string; label: string; size?: number; testId?: string }) {
  const svg = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    return qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  }, [text]);
  return <div className="qr" role="img" aria-label={label} data-testid={testId} style={{ width: size, height: size }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
