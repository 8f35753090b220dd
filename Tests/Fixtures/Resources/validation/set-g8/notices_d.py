# -*- coding: utf-8 -*-
from notices_a import AWS_HEALTH
N = []

N.append(dict(
 url="https://github.com/MozillaFoundation/mofo-devops/issues/259", provider="AWS", label="maintenance",
 frm=AWS_HEALTH, to="community-ops@wildcommons.example",
 subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
 date="2028-03-23 11:20", orig="2016-02-03", deadline="2016-02-17",
 body="""Dear Amazon EC2 Customer,

This concerns your account (AWS Account ID: 117830462295). EC2 has detected
degradation of the hardware that hosts your Amazon EC2 instance (instance ID:
i-94c3e0a7) in the us-east-1 region. Because of this degradation the instance
may already be unreachable. After [[2016-02-17 18:00|%Y-%m-%d %H:%M]] UTC the instance, whose root
device is an EBS volume, will be stopped.

Instances scheduled for retirement are shown in the AWS Management Console:
https://console.aws.amazon.com/ec2/v2/home?region=us-east-1#Events

* How does this affect you?
After the retirement date the instance is stopped; you can start it again
whenever you like. Any data on instance store volumes attached to it will be
lost when it stops, because those volumes live on the host itself.

* What do you need to do?
You can wait until the retirement date, or stop the instance yourself at any
time before then and start it again, which places it on healthy hardware.

Sincerely,
Amazon Web Services
"""))

N.append(dict(
 url="https://github.com/DataBiosphere/azul/issues/3959", provider="AWS", label="maintenance",
 frm=AWS_HEALTH, to="search-ops@cellatlas.example",
 subject="Amazon OpenSearch Service: required service software update R20220323-P3 for your domains",
 date="2028-03-24 08:05", orig="2022-03-10", deadline="2022-03-24",
 body="""Hello,

A required service software update is available for the following Amazon
OpenSearch Service domains in account 480155237619:

  ca-index-prod
  ca-index-dev

Severity: High
Message:  Service software update R20220323-P3 is required.

This update contains important security and stability fixes. You can apply it
yourself at a convenient time from the console ("Actions" > "Update") or with
the StartServiceSoftwareUpdate API.

If no action is taken, OpenSearch Service will update these domains
automatically after [[2022-03-24|%B %d, %Y]]. Applying the update replaces the data nodes
through a blue/green deployment; please avoid heavy indexing while it runs.

More information about service software updates:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html

Sincerely,
Amazon Web Services
"""))
