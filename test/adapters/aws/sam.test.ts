/**
 * CloudFormation / AWS SAM templates: explicit and implicit APIs, function events merged the way
 * SAM merges them, Globals, CORS, auth, timeouts, and the plain CloudFormation resources.
 */
import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';
import { awsModel, routeNamed, routeSummary } from './helpers.js';

const FN = `    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x`;

describe('SAM: APIs and events', () => {
  it('attaches Api events to the implicit ServerlessRestApi, or to the API their RestApiId names', () => {
    const model = awsModel(`Transform: AWS::Serverless-2016-10-31
Resources:
  OrdersApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
  ListOrders:
${FN}
      Events:
        List:
          Type: Api
          Properties: { Path: /orders, Method: get, RestApiId: !Ref OrdersApi }
        Any:
          Type: Api
          Properties: { Path: /anything, Method: any }
  Web:
${FN}
      Events:
        Root:
          Type: HttpApi
          Properties: { Path: /, Method: GET }
        Fallback:
          Type: HttpApi
`);
    expect(model.gateways.map((gateway) => [gateway.label, gateway.dialect.displayName])).toEqual([
      ["REST API 'OrdersApi'", 'AWS API Gateway (REST API)'],
      ["REST API 'ServerlessRestApi' (implicit)", 'AWS API Gateway (REST API)'],
      ["HTTP API 'ServerlessHttpApi' (implicit)", 'AWS API Gateway (HTTP API)'],
    ]);
    expect(model.routes.map((route) => [route.name, routeSummary(route), route.gateway.label])).toEqual([
      ['ListOrders.List', 'GET /orders', "REST API 'OrdersApi'"],
      ['ListOrders.Any', 'ANY /anything', "REST API 'ServerlessRestApi' (implicit)"],
      ['Web.Root', 'GET /', "HTTP API 'ServerlessHttpApi' (implicit)"],
      ['Web.Fallback', 'ANY $default', "HTTP API 'ServerlessHttpApi' (implicit)"],
    ]);
    const list = routeNamed(model, 'ListOrders.List');
    expect(list.upstream).toMatchObject({ value: 'ListOrders', target: { name: 'ListOrders' } });
    expect(list.timeoutMs).toMatchObject({ value: 29000, fromDefault: true });
    expect(routeNamed(model, 'Web.Root').timeoutMs).toMatchObject({ value: 30000, fromDefault: true });
  });

  it('reports two functions with the same method and path (duplicate-route, as SAM rejects it)', () => {
    const text = `Resources:
  Function1:
${FN}
      Events:
        AddItem:
          Type: Api
          Properties: { Path: /add, Method: post }
  Function2:
${FN}
      Events:
        GetHtml:
          Type: Api
          Properties: { Path: /add, Method: POST }
`;
    const findings = lintText({ 'template.yaml': text });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([['duplicate-route', '19:31-19:35']]);
    expect(findings[0]!.message).toBe(
      "Route 'Function2.GetHtml' repeats 'Function1.AddItem' (template.yaml:9): same path '/add', POST on any host. " +
        'API Gateway (or SAM) rejects the deployment: a method can be defined only once per path.',
    );
  });

  it('reports two HttpApi events without Path and Method: $default twice', () => {
    const findings = lintText({
      'template.yaml': `Resources:
  Fn:
${FN}
      Events:
        Api:
          Type: HttpApi
        Api2:
          Type: HttpApi
`,
    });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([['duplicate-route', '10:9-10:13']]);
    expect(findings[0]!.message).toContain("An API has a single '$default' route");
  });

  it('merges an event into an inline operation without integration; one with an integration is a duplicate (REST)', () => {
    const text = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        swagger: '2.0'
        paths:
          /open:
            get:
              responses: {}
          /wired:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Other.Arn}/invocations
  Fn:
${FN}
      Timeout: 60
      Events:
        Open:
          Type: Api
          Properties: { Path: /open, Method: get, RestApiId: !Ref Api, TimeoutInMillis: 5000 }
        Wired:
          Type: Api
          Properties: { Path: /wired, Method: get, RestApiId: !Ref Api }
`;
    const model = awsModel(text);
    expect(model.routes.map((route) => route.name)).toEqual(['Api GET /open', 'Api GET /wired', 'Fn.Wired']);
    const open = routeNamed(model, 'Api GET /open');
    expect(open.upstream?.value).toBe('Fn');
    expect(open.timeoutMs).toMatchObject({ value: 5000, fromDefault: false });
    expect(routeNamed(model, 'Api GET /wired').upstream?.value).toBe('Other');
    expect(lintText({ 'template.yaml': text }, 'duplicate-route').map(where)).toEqual(['30:31-30:37']);
  });

  it('merges events into an HTTP API definition (the existing integration stays), and with MergeDefinitions into REST', () => {
    const model = awsModel(`Resources:
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /basic:
            post:
              x-amazon-apigateway-integration: { type: aws_proxy, uri: !GetAtt Other.Arn }
  Rest:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      MergeDefinitions: true
      DefinitionBody:
        swagger: '2.0'
        paths:
          /x:
            get:
              x-amazon-apigateway-integration: { type: aws_proxy, uri: !GetAtt Other.Arn }
  Fn:
${FN}
      Events:
        Basic:
          Type: HttpApi
          Properties: { Path: /basic, Method: post, ApiId: !Ref Http, TimeoutInMillis: 10000 }
        X:
          Type: Api
          Properties: { Path: /x, Method: get, RestApiId: !Ref Rest }
`);
    expect(model.routes.map((route) => [route.name, route.upstream?.value, route.timeoutMs?.value])).toEqual([
      ['Http POST /basic', 'Other', 10000],
      ['Rest GET /x', 'Fn', 29000],
    ]);
  });

  it('skips APIs whose definition is elsewhere (DefinitionUri) quietly, and events on them', () => {
    const text = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionUri: s3://bucket/swagger.yaml
  Fn:
${FN}
      Events:
        A:
          Type: Api
          Properties: { Path: /a, Method: get, RestApiId: !Ref Api }
`;
    expect(awsModel(text).routes).toEqual([]);
    expect(lintText({ 'template.yaml': text })).toEqual([]);
  });

  it('returns an empty part for a template without APIs, so it is no unknown document', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n`;
    expect(awsModel(text).gateways).toEqual([]);
    expect(lintText({ 'template.yaml': text })).toEqual([]);
  });

  it('reads intrinsic Paths, Methods and API ids as unknown and never crashes', () => {
    const text = `Conditions:
  C: !Equals [a, b]
Globals:
  Api:
    Cors: !If [C, "'*'", !Ref AWS::NoValue]
    Auth: !If [C, {DefaultAuthorizer: X}, !Ref AWS::NoValue]
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: !Ref Stage
      DefinitionBody: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
  Fn:
${FN}
      Events: 
        A: { Type: Api, Properties: { Path: !Sub "/\${P}", Method: get } }
        B: { Type: Api, Properties: { Path: /b, Method: !Ref M } }
        C: { Type: Api, Properties: { Path: /c, Method: get, RestApiId: !ImportValue Shared } }
        D: { Type: Api, Properties: { Path: /d, Method: get, RestApiId: !Ref Api } }
        E: { Type: Api, Properties: { Path: /e, Method: get, TimeoutInMillis: !Ref T, Auth: !Ref X } }
        F: [not, an, event]
  Other:
    Type: AWS::Serverless::Function
    Properties: !If [C, {}, {}]
  Broken:
    Type: AWS::Serverless::Api
    Properties: [1, 2]
`;
    const model = awsModel(text);
    expect(model.routes.map((route) => [route.name, route.timeoutMs])).toEqual([['Fn.E', undefined]]);
    expect(lintText({ 'template.yaml': text })).toEqual([]);
  });
});

describe('SAM: ANY next to specific methods', () => {
  it('lets an ANY event serve the methods the path does not define, shadowing nothing', () => {
    const text = `Globals:
  Api:
    Cors: "'https://app.example.com'"
Resources:
  Fn:
${FN}
      Events:
        Any: { Type: Api, Properties: { Path: /items, Method: any } }
        Get: { Type: Api, Properties: { Path: /items, Method: get } }
        Proxy: { Type: Api, Properties: { Path: "/{proxy+}", Method: any } }
`;
    const model = awsModel(text);
    expect(model.routes.map(routeSummary)).toEqual([
      'PUT,POST,DELETE,HEAD,PATCH /items',
      'GET /items',
      'GET,PUT,POST,DELETE,HEAD,PATCH /{proxy+}',
      'OPTIONS /items',
      'OPTIONS /{proxy+}',
    ]);
    expect(lintText({ 'template.yaml': text })).toEqual([]);
  });
});

describe('SAM: CORS', () => {
  it("reports a REST API Cors with AllowOrigin \"'*'\" and AllowCredentials (cors-wildcard-credentials)", () => {
    const text = `Globals:
  Api:
    Cors:
      AllowCredentials: true
      AllowOrigin: "'*'"
Resources:
  Fn:
${FN}
      Events:
        A: { Type: Api, Properties: { Path: /a, Method: get } }
`;
    const findings = lintText({ 'template.yaml': text }, 'cors-wildcard-credentials');
    expect(findings.map(where)).toEqual(['5:20-5:25']);
    expect(findings[0]!.message).toContain("CORS policy 'Globals.Api.Cors' allows any origin");
  });

  it("reports AllowCredentials without AllowOrigin, since SAM's default origin is '*', at the Cors mapping", () => {
    const text = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Cors:
        AllowCredentials: true
  Fn:
${FN}
      Events:
        A: { Type: Api, Properties: { Path: /a, Method: get, RestApiId: !Ref Api } }
`;
    const findings = lintText({ 'template.yaml': text }, 'cors-wildcard-credentials');
    expect(findings.map(where)).toEqual(['7:9-7:31']);
    expect(findings[0]!.message).toContain("CORS policy 'Api Cors' allows any origin");
  });

  it('reads quoted origins and header lists; adds the OPTIONS methods SAM generates, with the default authorizer', () => {
    const model = awsModel(`Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Cors:
        AllowOrigin: "'https://app.example.com'"
        AllowHeaders: "'Content-Type,Authorization'"
        AllowCredentials: true
      Auth:
        DefaultAuthorizer: Lambda
        Authorizers:
          Lambda: { FunctionArn: !GetAtt AuthFn.Arn }
  Fn:
${FN}
      Events:
        A: { Type: Api, Properties: { Path: /a, Method: get, RestApiId: !Ref Api } }
        B: { Type: Api, Properties: { Path: /a, Method: post, RestApiId: !Ref Api, Auth: { Authorizer: NONE } } }
`);
    expect(model.routes.map((route) => [route.name, route.auth?.value])).toEqual([
      ['Fn.A', 'Lambda'],
      ['Fn.B', 'none'],
      ['Api OPTIONS /a (CORS preflight)', 'Lambda'],
    ]);
    const policy = model.corsPolicies[0]!;
    expect(policy.allowOrigins.map((origin) => origin.value)).toEqual(['https://app.example.com']);
    expect(policy.allowHeaders.map((header) => header.value)).toEqual(['Content-Type', 'Authorization']);
    expect(model.authPolicies.map((auth) => [auth.name, auth.type?.value])).toEqual([['Lambda', 'lambda']]);
  });

  it('reports an empty AllowOrigin, an unknown Cors key with a suggestion, and Cors without an inline definition (schema)', () => {
    const text = `Globals:
  Api:
    Cors:
      AllowOrigins: "'*'"
Resources:
  Empty:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody: { swagger: '2.0', paths: {} }
      Cors: { AllowOrigin: '' }
  External:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionUri: s3://b/k
      CorsConfiguration: { AllowOrigins: [https://x.example.com] }
`;
    const findings = lintText({ 'template.yaml': text }, 'schema');
    expect(findings.map((finding) => [where(finding), finding.message])).toEqual([
      ['4:7-4:19', "Invalid key 'AllowOrigins' for the 'Cors' property: SAM rejects the template. Did you mean 'AllowOrigin'?"],
      ['11:28-11:30', 'Value for AllowOrigin is required: an empty origin makes SAM reject the template.'],
      [
        '16:26-16:67',
        "HTTP API 'External' sets CorsConfiguration, but its definition is not inline: SAM applies CORS only to an inline OpenAPI definition in 'DefinitionBody' and rejects the template.",
      ],
    ]);
  });

  it('reads HttpApi CorsConfiguration (Globals lists added) over x-amazon-apigateway-cors, and reports * with credentials', () => {
    const text = `Globals:
  HttpApi:
    CorsConfiguration:
      AllowOrigins: ['*']
Resources:
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      CorsConfiguration:
        AllowOrigins: [https://local.example.com]
        AllowCredentials: true
      DefinitionBody:
        openapi: 3.0.1
        x-amazon-apigateway-cors: { allowOrigins: [https://ignored.example.com] }
        paths:
          /a:
            get:
              x-amazon-apigateway-integration: { type: http_proxy, uri: https://b.example.com/a }
`;
    const model = awsModel(text);
    expect(model.corsPolicies.map((policy) => policy.allowOrigins.map((origin) => origin.value))).toEqual([['https://local.example.com', '*']]);
    expect(lintText({ 'template.yaml': text }, 'cors-wildcard-credentials').map(where)).toEqual(['4:22-4:25']);
  });
});

describe('SAM: timeouts and auth', () => {
  it('reports TimeoutInMillis above 29 s, and below 50 ms', () => {
    const text = `Resources:
  Fn:
${FN}
      Events:
        Slow: { Type: Api, Properties: { Path: /slow, Method: get, TimeoutInMillis: 60000 } }
        Tiny: { Type: Api, Properties: { Path: /tiny, Method: get, TimeoutInMillis: 10 } }
`;
    const findings = lintText({ 'template.yaml': text }).map((finding) => [finding.ruleId, where(finding)]);
    expect(findings).toEqual([
      ['timeout-exceeds-platform', '8:85-8:90'],
      ['schema', '9:85-9:87'],
    ]);
  });

  it('reports function Timeouts and TimeoutInMillis that are no number (.inf, .nan, 1e400), at the value, and reads them as unknown', () => {
    const text = `Globals:
  Function:
    Timeout: .nan
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 1e400
      Events:
        Get: { Type: Api, Properties: { Path: /get, Method: get, TimeoutInMillis: -.inf } }
        Put: { Type: Api, Properties: { Path: /put, Method: put, TimeoutInMillis: "${'9'.repeat(400)}" } }
  Unused:
    Type: AWS::Lambda::Function
    Properties: { Timeout: .inf }
`;
    const findings = lintText({ 'template.yaml': text });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([
      ['schema', '3:14-3:18'],
      ['schema', '8:16-8:21'],
      ['schema', '10:83-10:88'],
      ['schema', '11:83-11:485'],
      ['schema', '14:28-14:32'],
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Timeout .nan in Globals.Function is not a valid number of seconds: Lambda accepts whole seconds from 1 to 900, so CloudFormation rejects every function that inherits it.',
      "Timeout 1e400 of function 'Fn' is not a valid number of seconds: Lambda accepts whole seconds from 1 to 900, so CloudFormation rejects the function.",
      "Integration timeout -.inf of route 'Fn.Get' is not a valid number of milliseconds: API Gateway accepts whole milliseconds from 50 up to the API's integration timeout limit, so the deployment fails.",
      `Integration timeout "${'9'.repeat(38)}… of route 'Fn.Put' is not a valid number of milliseconds: API Gateway accepts whole milliseconds from 50 up to the API's integration timeout limit, so the deployment fails.`,
      "Timeout .inf of function 'Unused' is not a valid number of seconds: Lambda accepts whole seconds from 1 to 900, so CloudFormation rejects the function.",
    ]);
    const model = awsModel(text);
    expect(model.routes.map((route) => [route.name, route.timeoutMs, route.upstream?.target?.timeoutMs])).toEqual([
      ['Fn.Get', undefined, undefined],
      ['Fn.Put', undefined, undefined],
    ]);
  });

  it('stays quiet for ordinary timeouts, strings of digits and intrinsics', () => {
    const text = `Globals:
  Function:
    Timeout: 30
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: "20"
      Events:
        Get: { Type: Api, Properties: { Path: /get, Method: get, TimeoutInMillis: 25000 } }
        Put: { Type: Api, Properties: { Path: /put, Method: put, TimeoutInMillis: !Ref Millis } }
  Other:
    Type: AWS::Lambda::Function
    Properties: { Timeout: !Ref Seconds }
`;
    expect(lintText({ 'template.yaml': text })).toEqual([]);
  });

  it('lets an edge-optimized REST API (the default) keep its 29 s ceiling, and a Regional one raise it', () => {
    const model = awsModel(`Resources:
  Edge:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Regional:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod, EndpointConfiguration: REGIONAL }
  Plain:
    Type: AWS::ApiGateway::RestApi
    Properties: { EndpointConfiguration: { Types: [PRIVATE] } }
`);
    expect(model.gateways.map((gateway) => gateway.settings.maxTimeoutMs?.raisable)).toEqual([false, true, true]);
  });

  it("reports a Lambda function's Timeout above the integration timeout (timeout-upstream-gap)", () => {
    const text = `Globals:
  Function:
    Timeout: 900
Resources:
  Fn:
${FN}
      Events:
        Export: { Type: Api, Properties: { Path: /export, Method: post } }
        Import: { Type: Api, Properties: { Path: /import, Method: post } }
  Quick:
${FN}
      Timeout: 10
      Events:
        Ping: { Type: Api, Properties: { Path: /ping, Method: get } }
`;
    const findings = lintText({ 'template.yaml': text }, 'timeout-upstream-gap');
    // One finding for the function's two events: one mistake, one fix.
    expect(findings.map(where)).toEqual(['11:9-11:15']);
    expect(findings[0]!.message).toContain(
      "Route 'Fn.Export' has API Gateway's default integration timeout of 29s (as do 1 more route with the same upstream: 'Fn.Import')",
    );
    expect(findings[0]!.message).toContain("its upstream 'Fn' may take up to 15m");
  });

  it('models API keys as header-only API-key auth (never api-key-in-query)', () => {
    const text = `Globals:
  Api:
    Auth:
      ApiKeyRequired: true
      UsagePlan: { CreateUsagePlan: PER_API, Throttle: { RateLimit: 10 } }
Resources:
  Fn:
${FN}
      Events:
        A: { Type: Api, Properties: { Path: /a, Method: get } }
`;
    const model = awsModel(text);
    expect(model.authPolicies).toMatchObject([{ name: 'api_key', type: { value: 'apiKey' }, apiKeyInQuery: { value: false, fromDefault: true } }]);
    expect(routeNamed(model, 'Fn.A').auth).toMatchObject({ value: 'api_key', fromDefault: true });
    expect(lintText({ 'template.yaml': text })).toEqual([]);
  });

  it('reports a DefaultAuthorizer that names no authorizer once, and an unknown UsagePlan key', () => {
    const text = `Globals:
  Api:
    Auth:
      DefaultAuthorizer: MyAuth
      Authorizers:
        MyAuht: { UserPoolArn: !GetAtt Pool.Arn }
      UsagePlan: { CreateUP: NONE }
Resources:
  A:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Fn:
${FN}
      Events:
        X: { Type: Api, Properties: { Path: /x, Method: get } }
        Y: { Type: Api, Properties: { Path: /y, Method: get, RestApiId: !Ref A } }
`;
    const findings = lintText({ 'template.yaml': text }).map((finding) => [finding.ruleId, where(finding), finding.message.slice(0, 60)]);
    expect(findings).toEqual([
      ['unknown-reference', '4:26-4:32', "Auth policy 'MyAuth', referenced by the Auth of REST API 'A'"],
      ['schema', '7:20-7:28', "Invalid property 'CreateUP' for 'UsagePlan': SAM rejects the"],
    ]);
  });
});

describe('CloudFormation: API Gateway resources', () => {
  it('reads AWS::ApiGateway::Method resources with paths built from their Resource parents', () => {
    const model = awsModel(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: pets }
  Pets:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets }
  Pet:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !Ref Pets, PathPart: "{id}" }
  Proxy:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !Ref Pets, PathPart: "{proxy+}" }
  GetPet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Pet
      HttpMethod: GET
      AuthorizationType: AWS_IAM
      Integration: { Type: HTTP_PROXY, IntegrationHttpMethod: GET, Uri: "https://pets.example.com/pets/{id}", TimeoutInMillis: 3000 }
  AnyProxy:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Proxy
      HttpMethod: ANY
      AuthorizationType: NONE
      Integration: { Type: AWS_PROXY, IntegrationHttpMethod: POST, Uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Handler.Arn}/invocations" }
  Root:
    Type: AWS::ApiGateway::Method
    Properties: { RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET }
`);
    expect(model.routes.map((route) => [route.name, routeSummary(route), route.upstream?.value, route.timeoutMs?.value, route.auth?.value])).toEqual([
      ['GetPet', 'GET /pets/{id}', 'https://pets.example.com/pets/{id}', 3000, 'AWS_IAM'],
      ['AnyProxy', 'ANY /pets/{proxy+}', 'Handler', 29000, 'none'],
      ['Root', 'GET /', undefined, 29000, undefined],
    ]);
  });

  it('reads AWS::ApiGatewayV2::Route resources of an HTTP API, with their integration', () => {
    const model = awsModel(`Resources:
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: h, ProtocolType: HTTP }
  Integ:
    Type: AWS::ApiGatewayV2::Integration
    Properties: { ApiId: !Ref Http, IntegrationType: HTTP_PROXY, IntegrationUri: https://b.example.com, TimeoutInMillis: 31000 }
  Get:
    Type: AWS::ApiGatewayV2::Route
    Properties: { ApiId: !Ref Http, RouteKey: "GET /items/{id}", Target: !Sub "integrations/\${Integ}" }
  Default:
    Type: AWS::ApiGatewayV2::Route
    Properties: { ApiId: !Ref Http, RouteKey: $default, Target: !Join [/, [integrations, !Ref Integ]] }
  Ws:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: ws, ProtocolType: WEBSOCKET }
`);
    expect(model.gateways).toHaveLength(1);
    expect(model.routes.map((route) => [route.name, routeSummary(route), route.upstream?.value, route.timeoutMs?.value])).toEqual([
      ['Get', 'GET /items/{id}', 'https://b.example.com', 31000],
      ['Default', 'ANY $default', 'https://b.example.com', 31000],
    ]);
  });

  it('reads the Body of AWS::ApiGateway::RestApi, in JSON too', () => {
    const text = JSON.stringify(
      {
        Resources: {
          Api: {
            Type: 'AWS::ApiGateway::RestApi',
            Properties: {
              Body: {
                swagger: '2.0',
                paths: {
                  '/a/{x}': { get: { 'x-amazon-apigateway-integration': { type: 'mock' } } },
                  '/a/{y}': { get: { 'x-amazon-apigateway-integration': { type: 'mock' } } },
                },
              },
            },
          },
        },
      },
      null,
      2,
    );
    const findings = lintText({ 'template.json': text });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([['duplicate-route', '16:13-16:21']]);
  });
});
