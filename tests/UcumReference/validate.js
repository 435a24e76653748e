// Validates UCUM codes and conversion factors with NLM's ucum-lhc (the UCUM reference implementation).
// Input (stdin, JSON): { "codes": ["mg/dL", ...], "conversions": [{ "from": "mg", "to": "ug", "factor": 1000 }, ...] }
// Output (stdout, JSON): { "version": "...", "invalid": [{ "code", "status", "messages" }], "mismatches": [{ "from", "to", "expected", "actual", "messages" }] }
'use strict';
// ucum-lhc logs some failures with console.log; keep stdout for the JSON answer.
console.log = (...args) => process.stderr.write(args.join(' ') + '\n');
const ucum = require('@lhncbc/ucum-lhc');
const utils = ucum.UcumLhcUtils.getInstance();

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const invalid = [];
  for (const code of request.codes || []) {
    const result = utils.validateUnitString(code, true);
    if (result.status !== 'valid' || result.ucumCode !== code) {
      invalid.push({ code, status: result.status, ucumCode: result.ucumCode, messages: result.msg });
    }
  }

  const mismatches = [];
  for (const c of request.conversions || []) {
    const result = utils.convertUnitTo(c.from, 1, c.to);
    const actual = result.status === 'succeeded' ? result.toVal : null;
    const relative = actual === null ? Infinity : Math.abs(actual - c.factor) / Math.abs(c.factor);
    if (!(relative <= 1e-9)) {
      mismatches.push({ from: c.from, to: c.to, expected: c.factor, actual, messages: result.msg });
    }
  }

  const version = require('@lhncbc/ucum-lhc/package.json').version;
  process.stdout.write(JSON.stringify({ version, invalid, mismatches }));
});
