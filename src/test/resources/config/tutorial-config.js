// src/config.js — the shape the Serverless Stack notes tutorial has you write.
// Replace each value with the output of your own stack.
export default {
  MAX_ATTACHMENT_SIZE: 5000000,
  s3: {
    REGION: "us-east-1",
    BUCKET: 'notes-app-uploads'
  },
  apiGateway: {
    REGION: 'us-east-1',
    URL: "https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod", // the stage's invoke URL
  },
  cognito: {
    REGION: `us-east-1`,
    USER_POOL_ID: "us-east-1_AbC123xyz",
    APP_CLIENT_ID: '4abcdefghijklmnopqrstu1234',
    /* from the Identity Pool's settings */
    IDENTITY_POOL_ID: "us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  },
};
