import { Amplify } from 'aws-amplify';

// Amplify v6, configured by hand for existing resources.
export const amplifyConfig = {
  Auth: {
    Cognito: {
      userPoolId: 'ca-central-1_Lk8Jh7Gf6',
      userPoolClientId: '6y7u8i9o0p1q2w3e4r5t6y7u8i',
      identityPoolId: 'ca-central-1:9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    },
  },
  API: {
    REST: {
      notes: {
        endpoint: 'https://p0o9i8u7y6.execute-api.ca-central-1.amazonaws.com/prod',
        region: 'ca-central-1',
      },
    },
  },
} as const;

Amplify.configure(amplifyConfig);
