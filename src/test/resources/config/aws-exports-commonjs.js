// Hand-edited copy of an older Amplify export: unquoted keys, single quotes, CommonJS.
const awsmobile = {
  aws_project_region: 'ap-southeast-2',
  aws_cognito_identity_pool_id: 'ap-southeast-2:5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
  aws_cognito_region: 'ap-southeast-2',
  aws_user_pools_id: 'ap-southeast-2_Qw3Er4Ty5',
  aws_user_pools_web_client_id: '7u8i9o0p1a2s3d4f5g6h7j8k9l',
  aws_cloud_logic_custom: [
    { name: 'api', endpoint: 'https://z9y8x7w6v5.execute-api.ap-southeast-2.amazonaws.com/staging/', region: 'ap-southeast-2', },
  ],
};

module.exports = awsmobile;
