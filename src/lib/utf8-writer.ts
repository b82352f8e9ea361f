/**
 * @module
 * Text written piece by piece into one growing UTF-8 buffer. A long answer made of
 * thousands of small strings costs little to write this way; joined into one string
 * instead, every piece is flattened and copied, and the whole is encoded again when it
 * is sent (issue 15: that join was most of a 5,000-row answer's time).
 */
export class Utf8Writer {
  private buf: Buffer;
  private length = 0;

  constructor(initialBytes = 16_384) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    const most = text.length * 3;
    if (this.length + most > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + most));
      this.buf.copy(grown, 0, 0, this.length);
      this.buf = grown;
    }
    this.length += this.buf.write(text, this.length);
  }

  /** The bytes written (a view, not a copy: write nothing more after this). */
  bytes(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.buf.buffer as ArrayBuffer, this.buf.byteOffset, this.length);
  }
}
