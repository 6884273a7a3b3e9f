curl -X POST \
  https://api.example.com/echo/jobs/run
