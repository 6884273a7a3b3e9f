curl \
  'https://api.example.com/api/v2/flags/checkout?env=staging&env=uat'
