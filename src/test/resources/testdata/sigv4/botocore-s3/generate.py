"""Regenerates the botocore S3 cases: python3 generate.py (needs botocore)."""
import datetime
import os

import botocore.auth
import botocore.awsrequest
import botocore.credentials

CREDS = botocore.credentials.Credentials(
    'AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
CASES = {
    'virtual-host-space-plus': ('GET', 'https://examplebucket.s3.amazonaws.com/my%20file%2B1.txt', 'us-east-1', b''),
    'path-style-space-plus': ('GET', 'https://s3.eu-west-1.amazonaws.com/examplebucket/a%20b/c%2Bd%2B%2B.txt', 'eu-west-1', b''),
    'dot-segments-kept': ('GET', 'https://examplebucket.s3.us-west-2.amazonaws.com/dir//x/../y%20z.txt', 'us-west-2', b''),
    'put-body': ('PUT', 'https://examplebucket.s3.us-west-2.amazonaws.com/notes/hello%20world%2B.txt', 'us-west-2', b'hello s3'),
}
botocore.auth.get_current_datetime = lambda *a, **k: datetime.datetime(2015, 8, 30, 12, 36, 0)
original = botocore.auth.S3SigV4Auth.canonical_request
here = os.path.dirname(os.path.abspath(__file__))
for name, (method, url, region, body) in CASES.items():
    seen = {}

    def recording(self, request):
        seen['creq'] = original(self, request)
        return seen['creq']

    botocore.auth.S3SigV4Auth.canonical_request = recording
    # api gives a byte[] body Content-Type application/octet-stream, and signs it
    headers = {'Content-Type': 'application/octet-stream'} if body else {}
    request = botocore.awsrequest.AWSRequest(method=method, url=url, headers=headers, data=body)
    botocore.auth.S3SigV4Auth(CREDS, 's3', region).add_auth(request)
    botocore.auth.S3SigV4Auth.canonical_request = original
    folder = os.path.join(here, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + '.url'), 'w') as f:
        f.write(f'{method} {url} {region}\n')
    with open(os.path.join(folder, name + '.body'), 'wb') as f:
        f.write(body)
    with open(os.path.join(folder, name + '.creq'), 'w') as f:
        f.write(seen['creq'])
    with open(os.path.join(folder, name + '.authz'), 'w') as f:
        f.write(request.headers['Authorization'])
