import { describe, expect, it } from 'vitest';
import type { GraphFailure } from '../app/graphFailure';
import { failureText } from './failureText';

const REQUEST_ID = '0b6a4f3e-2c1d-4e5f-8a9b-1c2d3e4f5a6b';

function aFailure(kind: GraphFailure['kind']): GraphFailure {
  return {
    kind,
    message: { da: 'Noget på dansk.', en: 'Something in English.' },
    retryable: false,
    requestId: REQUEST_ID,
  };
}

describe('failureText', () => {
  it('gives support the request id of an unexpected failure, in both languages', () => {
    const failure = aFailure('unexpected');
    expect(failureText(failure, 'da')).toBe(
      `Noget på dansk. Giv jeres it-support dette fejl-id: ${REQUEST_ID}`,
    );
    expect(failureText(failure, 'en')).toBe(
      `Something in English. Give your IT support this error id: ${REQUEST_ID}`,
    );
  });

  it('says only what to do when the failure is a known one', () => {
    expect(failureText(aFailure('forbidden'), 'en')).toBe('Something in English.');
    expect(failureText(aFailure('offline'), 'da')).toBe('Noget på dansk.');
  });
});
