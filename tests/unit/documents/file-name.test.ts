import { describe, expect, it } from 'vitest';
import { documentName } from '../../../lib/documents/file-name.ts';

describe('documentName', () => {
  it('takes the name the server gives, the encoded form first', () => {
    expect(documentName('https://school.instructure.com/courses/12/files/345/download?download_frd=1', 'inline; filename="L10 Exercise.pdf"')).toBe('L10 Exercise.pdf');
    expect(documentName('https://x.edu/f/1', `attachment; filename="Consignas.pdf"; filename*=UTF-8''Consignas%20de%20la%20pr%C3%A1ctica.pdf`)).toBe('Consignas de la práctica.pdf');
    expect(documentName('https://x.edu/f/1', 'inline; filename=Project_Instructions.pdf')).toBe('Project_Instructions.pdf');
    expect(documentName('https://x.edu/f/1', 'inline; filename="a \\"quoted\\" brief.pdf"')).toBe('a "quoted" brief.pdf');
  });

  it('falls back on the address, decoded, and says it is a PDF when the address does not', () => {
    expect(documentName('https://moodle.example.edu/pluginfile.php/77/mod_assign/intro/Unit%203%20Brief.pdf', null)).toBe('Unit 3 Brief.pdf');
    expect(documentName('https://school.instructure.com/courses/12/files/345/download', 'inline')).toBe('download.pdf');
    expect(documentName('https://example.org/', null)).toBe('document.pdf');
    expect(documentName('not a url', null)).toBe('document.pdf');
  });

  it('keeps hostile names to a plain file name', () => {
    expect(documentName('https://x.edu/f', 'inline; filename="../../etc/passwd.pdf"')).toBe('passwd.pdf');
    expect(documentName('https://x.edu/f', 'inline; filename="evil\u202Efdp.exe"')).toBe('evilfdp.exe');
    expect(documentName('https://x.edu/f', `inline; filename="${'a'.repeat(500)}.pdf"`)).toHaveLength(200);
    expect(documentName('https://x.edu/%E0%A4%A.pdf', null)).toBe('%E0%A4%A.pdf');
    // A header name that is nothing once tidied falls back on the address.
    expect(documentName('https://x.edu/files/Brief.pdf', 'inline; filename="/"')).toBe('Brief.pdf');
  });
});
