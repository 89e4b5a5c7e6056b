import { expect } from '@open-wc/testing';
import { documentKind } from '../../../extension/reader/document-kind.js';
import { documentAddress, linkToOpen, looksLikeDocument, readerPageFor } from '../../../extension/reader/reader-address.js';

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])));

describe('reader: what a file is, by its bytes', () => {
  it('knows PDF (also after a little junk), PNG and JPEG, and nothing else', () => {
    expect(documentKind(bytes('%PDF-1.7\n'))).to.equal('pdf');
    expect(documentKind(bytes('\r\n\r\n%PDF-1.4'))).to.equal('pdf');
    expect(documentKind(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).to.equal('png');
    expect(documentKind(bytes(0xff, 0xd8, 0xff, 0xe0))).to.equal('jpeg');
    expect(documentKind(bytes('<html>%PD'))).to.equal('unknown');
    expect(documentKind(bytes('GIF89a'))).to.equal('unknown');
    expect(documentKind(new Uint8Array())).to.equal('unknown');
  });
});

describe('reader: addresses', () => {
  it('fetches only http(s) addresses without credentials in them', () => {
    expect(documentAddress('https://portal.example/doc.pdf')?.href).to.equal('https://portal.example/doc.pdf');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:application/pdf,x',
      'https://user:pw@portal.example/a.pdf',
      'not a url',
      'chrome-extension://abc/x.pdf',
    ]) {
      expect(documentAddress(bad), bad).to.equal(undefined);
    }
  });

  it('opens a link only on the same site as the page it was clicked on', () => {
    expect(linkToOpen('https://portal.example/docs/1.pdf', 'https://portal.example/letters')?.href).to.equal('https://portal.example/docs/1.pdf');
    expect(linkToOpen('https://cdn.example/1.pdf', 'https://portal.example/letters')).to.equal(undefined);
    expect(linkToOpen('http://portal.example/1.pdf', 'https://portal.example/letters')).to.equal(undefined);
    expect(linkToOpen('javascript:void(0)', 'https://portal.example/')).to.equal(undefined);
    expect(linkToOpen(undefined, 'https://portal.example/')).to.equal(undefined);
  });

  it('offers the reader for tabs showing a PDF or picture, and builds its address', () => {
    expect(looksLikeDocument('https://portal.example/a/Letter.PDF?x=1')).to.equal(true);
    expect(looksLikeDocument('https://portal.example/scan.jpeg')).to.equal(true);
    expect(looksLikeDocument('https://portal.example/letters')).to.equal(false);
    expect(looksLikeDocument('file:///home/a.pdf')).to.equal(false);
    expect(readerPageFor('chrome-extension://id/', 'https://p.example/a b.pdf')).to.equal(
      'chrome-extension://id/reader/reader.html?src=https%3A%2F%2Fp.example%2Fa%20b.pdf',
    );
    expect(readerPageFor('chrome-extension://id/')).to.equal('chrome-extension://id/reader/reader.html');
  });
});
