// One object per stage, picked when the app is built (the tutorial's "environments" chapter).
const dev = {
  STRIPE_KEY: "pk_test_1234567890",
  s3: {
    REGION: "us-east-1",
    BUCKET: "notes-app-2-api-dev-attachmentsbucket-6wbhcogxihbo"
  },
  apiGateway: {
    REGION: "us-east-1",
    URL: "https://api.serverless-stack.seed-demo.club/dev"
  },
  cognito: {
    REGION: "us-east-1",
    USER_POOL_ID: "us-east-1_f8l0OHPtp",
    APP_CLIENT_ID: "5r5o292r1n7s2vgje5u5c7vpq0",
    IDENTITY_POOL_ID: "us-east-1:b718098b-fe72-410b-b4c6-0750f9135672"
  }
};

const prod = {
  STRIPE_KEY: "pk_test_1234567890",
  s3: {
    REGION: "us-east-1",
    BUCKET: "notes-app-2-api-prod-attachmentsbucket-1v9w7mwfxg6mq"
  },
  apiGateway: {
    REGION: "us-east-1",
    URL: "https://api.serverless-stack.seed-demo.club/prod"
  },
  cognito: {
    REGION: "us-east-1",
    USER_POOL_ID: "us-east-1_Rq6Bc0Bs0",
    APP_CLIENT_ID: "4fb3ri8qq6ba4p6g8c4ck6c8q5",
    IDENTITY_POOL_ID: "us-east-1:a9a1b3f8-2c4d-4e7f-9b0a-1c2d3e4f5a6b"
  }
};

// Default to dev if not set
const config = process.env.REACT_APP_STAGE === 'prod'
  ? prod
  : dev;

export default {
  // Add common config values here
  MAX_ATTACHMENT_SIZE: 5000000,
  ...config
};
