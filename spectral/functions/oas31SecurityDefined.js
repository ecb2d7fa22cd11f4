// Spectral's oas3-operation-security-defined, with OpenAPI 3.1 semantics for scopes.
//
// Spectral 6 applies the 3.0 rule to every document: scopes are only allowed when an oauth2 or
// openIdConnect flow lists them. OpenAPI 3.1 (Security Requirement Object) lets any scheme carry
// "a list of role names which are required for the execution", which is how this contract names each
// operation's WalletApp token ability. Upstream bug: stoplightio/spectral#2643. This function keeps
// everything else the original checks: the scheme must be defined, and oauth2 scopes must be declared.
// Remove it (and the override in .spectral.yaml) once Spectral ships the fix.

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

function oauthScopeDefined(scheme, scope) {
  if (!isObject(scheme.flows)) return false;
  return Object.values(scheme.flows).some((flow) => isObject(flow) && isObject(flow.scopes) && scope in flow.scopes);
}

export default function oas31SecurityDefined(requirement, _options, { document, path }) {
  if (!isObject(requirement) || !isObject(document.data)) return [];
  const is31 = String(document.data.openapi || '').startsWith('3.1');
  const schemes = isObject(document.data.components) ? document.data.components.securitySchemes : undefined;
  const results = [];
  for (const [name, scopes] of Object.entries(requirement)) {
    if (!isObject(schemes) || !(name in schemes)) {
      const owner = path.length === 2 ? 'API' : 'Operation';
      results.push({
        message: `${owner} "security" values must match a scheme defined in the "components.securitySchemes" object.`,
        path: [...path, name],
      });
      continue;
    }
    const scheme = schemes[name];
    const rolesAllowed = is31 && isObject(scheme) && !['oauth2', 'openIdConnect'].includes(scheme.type);
    if (rolesAllowed || !Array.isArray(scopes)) continue;
    scopes.forEach((scope, index) => {
      if (!oauthScopeDefined(scheme, scope)) {
        results.push({ message: `"${scope}" must be listed among scopes.`, path: [...path, name, index] });
      }
    });
  }
  return results;
}
