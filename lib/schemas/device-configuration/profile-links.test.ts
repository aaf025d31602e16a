import { describe, expect, it } from 'vitest';
import { rootCertificateBindOf, rootCertificateIdOfBind } from './root-certificate-bind';
import { parseScepServerUrl } from './scep-server-url';

const ID = '8f0c4b7e-1111-4222-8333-944455556666';

describe('rootCertificateIdOfBind', () => {
  it.each([
    rootCertificateBindOf(ID),
    `https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/${ID}`,
    `deviceManagement/deviceConfigurations('${ID}')`,
    `https://pki.contoso.com/graph/beta/deviceManagement/deviceConfigurations('${ID}')/`,
  ])('reads the profile id of %s', (bind) => {
    expect(rootCertificateIdOfBind(bind)).toBe(ID);
  });

  it.each(['', ID, `https://graph.microsoft.com/beta/groups('${ID}')`, 'deviceConfigurations()'])('finds no id in %j', (bind) => {
    expect(rootCertificateIdOfBind(bind)).toBeUndefined();
  });
});

describe('parseScepServerUrl', () => {
  const path = '/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep/TENANT/CA-ID';

  it('reads tenant and CA from the template and from a resolved portal URL', () => {
    expect(parseScepServerUrl(`https://{{CloudPKIFQDN}}${path}`)).toEqual({ tenantId: 'tenant', caId: 'ca-id' });
    expect(parseScepServerUrl(`https://pki.contoso.com${path}/`, ['https://pki.contoso.com/'])).toEqual({ tenantId: 'tenant', caId: 'ca-id' });
  });

  it('refuses other hosts, other paths and extra segments', () => {
    expect(parseScepServerUrl(`https://evil.example${path}`, ['https://pki.contoso.com'])).toBeUndefined();
    expect(parseScepServerUrl('https://{{CloudPKIFQDN}}/certsrv/mscep/mscep.dll')).toBeUndefined();
    expect(parseScepServerUrl(`https://{{CloudPKIFQDN}}${path}/pkiclient.exe`)).toBeUndefined();
  });
});
