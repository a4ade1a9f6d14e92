// An independent verifier of the site's Open Badges 3.0 credentials, with Digital Bazaar's
// libraries. Reads {credential, didDocument, statusLists: {url: credential}} as JSON on stdin and
// writes {verified, errors, schemaErrors} as JSON on stdout. Its document loader serves only the
// contexts shipped in certificates/open_badges/contexts/, the DID document and the status lists
// it was given: it never touches the network.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const shipped = join(here, '..', '..', 'certificates', 'open_badges');
const readJson = path => JSON.parse(readFileSync(path, 'utf8'));

function contexts() {
  const index = readJson(join(shipped, 'contexts', 'index.json'));
  return new Map(Object.entries(index).map(
    ([url, file]) => [url, readJson(join(shipped, 'contexts', file))]));
}

function loaderFor({didDocument, statusLists}) {
  const documents = contexts();
  documents.set(didDocument.id, didDocument);
  for(const method of didDocument.verificationMethod || []) {
    documents.set(method.id, {'@context': didDocument['@context'], ...method});
  }
  for(const [url, credential] of Object.entries(statusLists || {})) {
    documents.set(url, credential);
  }
  return async url => {
    if(!documents.has(url)) {
      throw new Error(`Not served by this verifier: ${url}`);
    }
    return {contextUrl: null, documentUrl: url, document: structuredClone(documents.get(url))};
  };
}

function schemaErrors(credential) {
  const ajv = new Ajv2019({strict: false, allErrors: true});
  addFormats(ajv);
  const validate = ajv.compile(readJson(join(shipped, 'ob_v3p0_achievementcredential_schema.json')));
  return validate(credential) ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`);
}

function messages(error) {
  if(!error) {
    return [];
  }
  const found = [error.message || String(error)];
  for(const inner of [...(error.errors || []), error.cause].filter(Boolean)) {
    found.push(...messages(inner));
  }
  return found;
}

// The library reports a set bit as `status: true` in a verified check: for the revocation
// purpose that is a revoked credential, which this verifier refuses.
async function revocationCheck({credential}) {
  const checked = await checkStatus({credential, suite, documentLoader});
  if(checked.verified && (checked.results || []).some(r => r.status)) {
    return {...checked, verified: false, error: new Error('the credential is revoked')};
  }
  return checked;
}

const input = JSON.parse(readFileSync(0, 'utf8'));
const documentLoader = loaderFor(input);
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const result = await vc.verifyCredential({
  credential: input.credential,
  suite,
  documentLoader,
  checkStatus: revocationCheck,
});
const errors = [
  ...messages(result.error),
  ...(result.results || []).flatMap(r => messages(r.error)),
  ...messages(result.statusResult && result.statusResult.error),
];
if(result.statusResult && result.statusResult.verified === false && !errors.length) {
  errors.push('status check failed');
}
process.stdout.write(JSON.stringify({
  verified: Boolean(result.verified),
  errors: [...new Set(errors)],
  schemaErrors: schemaErrors(input.credential),
}));
