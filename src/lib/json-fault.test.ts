import { describe, expect, it } from 'vitest';
import { jsonFault, jsonFaultEs } from './json-fault.js';

const faultOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonFault(e);
  }
  throw new Error('parsed');
};

describe('jsonFault', () => {
  it('never quotes the text it was given', () => {
    expect(faultOf('root:x:0:0:root:/root:/bin/bash\n')).toBe('text that is not JSON');
    expect(faultOf('{"a": 1 "secret-token"}')).not.toMatch(/secret/);
  });
  it('names where the text stops being JSON, when the parser says', () => {
    expect(faultOf('{"a": 1 "b": 2}')).toMatch(/^text that is not JSON( from character 9)?$/);
  });
  it('tells a cut-off file from a wrong one', () => {
    expect(faultOf('{"a": ')).toBe('JSON that ends too soon');
    expect(faultOf('')).toBe('JSON that ends too soon');
  });
});

describe('jsonFaultEs', () => {
  it('says the same in Spanish, never quoting the text', () => {
    const fault = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        return jsonFaultEs(e);
      }
      throw new Error('parsed');
    };
    expect(fault('root:x:0:0:root:/root:/bin/bash\n')).toBe('texto que no es JSON');
    expect(fault('{"a": ')).toBe('un JSON que termina antes de tiempo');
    expect(fault('{"a": 1 "secret-token"}')).not.toMatch(/secret/);
  });
});
