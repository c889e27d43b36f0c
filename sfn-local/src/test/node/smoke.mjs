// Smoke test of sfn-local with the AWS SDK for JavaScript v3: another language's client, the real
// one, speaks the wire protocol with it. JavaScriptSdkSmokeTest runs it against a server on a free
// port; by hand:
//
//   npm ci && node smoke.mjs http://127.0.0.1:8083
//
// Prints "ok <check>" per check and exits 0, or prints "not ok <check>: <why>" and exits 1 at the
// first mismatch (later checks build on earlier ones). Exits 2 without an endpoint.
import assert from "node:assert/strict";
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  InvalidArn,
  ListStateMachinesCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StartSyncExecutionCommand,
} from "@aws-sdk/client-sfn";

const endpoint = process.argv[2];
if (!endpoint) {
  console.error("usage: node smoke.mjs ENDPOINT (like http://127.0.0.1:8083)");
  process.exit(2);
}

const region = "us-east-1";
const client = new SFNClient({
  endpoint,
  region,
  // a local endpoint checks no signature
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "dummy" },
  // StartSyncExecution would go to sync-127.0.0.1, which does not resolve
  disableHostPrefix: true,
  // a mismatch must show at once, not after the SDK's retries
  maxAttempts: 1,
});

const roleArn = "arn:aws:iam::123456789012:role/sfn-local-smoke";
const suffix = Math.random().toString(16).slice(2, 10);
const greeting = JSON.stringify({
  StartAt: "Greet",
  States: {
    Greet: { Type: "Pass", Parameters: { "greeting.$": "States.Format('Hello, {}!', $.name)" }, Next: "Nap" },
    Nap: { Type: "Wait", Seconds: 1, Next: "Done" },
    Done: { Type: "Succeed" },
  },
});

let checks = 0;

async function check(name, body) {
  try {
    await body();
  } catch (e) {
    console.log(`not ok ${name}: ${e && e.message ? e.message : e}`);
    process.exit(1);
  }
  checks++;
  console.log(`ok ${name}`);
}

/** Step Functions sends no completion signal: poll DescribeExecution until the execution ends. */
async function awaitEnd(executionArn) {
  const deadline = Date.now() + 20_000;
  for (let pause = 10; ; pause = Math.min(500, pause * 2)) {
    const described = await client.send(new DescribeExecutionCommand({ executionArn }));
    if (described.status !== "RUNNING" || Date.now() > deadline) {
      return described;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

let machineArn;
let executionArn;

await check("CreateStateMachine returns the machine's ARN and creation date", async () => {
  const created = await client.send(new CreateStateMachineCommand({
    name: `js-smoke-${suffix}`, roleArn, definition: greeting,
  }));
  machineArn = created.stateMachineArn;
  assert.match(machineArn, new RegExp(`^arn:aws:states:${region}:\\d{12}:stateMachine:js-smoke-${suffix}$`));
  assert.ok(created.creationDate instanceof Date, "creationDate is a Date");
});

await check("StartExecution returns the execution's ARN and start date", async () => {
  const started = await client.send(new StartExecutionCommand({
    stateMachineArn: machineArn, name: "ada", input: JSON.stringify({ name: "Ada" }),
  }));
  executionArn = started.executionArn;
  assert.equal(executionArn, machineArn.replace(":stateMachine:", ":execution:") + ":ada");
  assert.ok(started.startDate instanceof Date, "startDate is a Date");
});

await check("DescribeExecution shows it SUCCEEDED with its output", async () => {
  const described = await awaitEnd(executionArn);
  assert.equal(described.status, "SUCCEEDED");
  assert.equal(described.stateMachineArn, machineArn);
  assert.deepEqual(JSON.parse(described.output), { greeting: "Hello, Ada!" });
  assert.ok(described.stopDate instanceof Date, "stopDate is a Date");
  assert.ok(described.stopDate.getTime() - described.startDate.getTime() >= 1000, "the Wait took its second");
});

await check("GetExecutionHistory lists AWS's events in order", async () => {
  const history = await client.send(new GetExecutionHistoryCommand({ executionArn }));
  assert.deepEqual(history.events.map((e) => e.type), [
    "ExecutionStarted",
    "PassStateEntered", "PassStateExited",
    "WaitStateEntered", "WaitStateExited",
    "SucceedStateEntered", "SucceedStateExited",
    "ExecutionSucceeded",
  ]);
  assert.deepEqual(history.events.map((e) => e.id), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.ok(history.events.every((e) => e.timestamp instanceof Date), "every timestamp is a Date");
  assert.equal(history.events[1].stateEnteredEventDetails.name, "Greet");
  assert.deepEqual(JSON.parse(history.events[0].executionStartedEventDetails.input), { name: "Ada" });
});

await check("GetExecutionHistory pages with nextToken", async () => {
  const first = await client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 5 }));
  assert.equal(first.events.length, 5);
  assert.ok(first.nextToken, "a first page of five has a nextToken");
  const rest = await client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 5, nextToken: first.nextToken }));
  assert.deepEqual(rest.events.map((e) => e.id), [6, 7, 8]);
  assert.equal(rest.nextToken, undefined);
});

await check("StartSyncExecution runs an Express machine to its end", async () => {
  const express = await client.send(new CreateStateMachineCommand({
    name: `js-smoke-express-${suffix}`, roleArn, type: "EXPRESS",
    definition: JSON.stringify({ StartAt: "Echo", States: { Echo: { Type: "Pass", End: true } } }),
  }));
  const run = await client.send(new StartSyncExecutionCommand({
    stateMachineArn: express.stateMachineArn, input: JSON.stringify({ n: 1 }),
  }));
  assert.equal(run.status, "SUCCEEDED");
  assert.deepEqual(JSON.parse(run.output), { n: 1 });
  await client.send(new DeleteStateMachineCommand({ stateMachineArn: express.stateMachineArn }));
});

await check("a malformed ARN is AWS's InvalidArn client fault", async () => {
  await assert.rejects(client.send(new DescribeExecutionCommand({ executionArn: "not-an-arn" })), (e) => {
    assert.ok(e instanceof InvalidArn, `an InvalidArn, not ${e.name}: ${e.message}`);
    assert.ok(e instanceof SFNServiceException);
    assert.equal(e.name, "InvalidArn");
    assert.equal(e.$fault, "client");
    assert.equal(e.$metadata.httpStatusCode, 400);
    assert.ok(e.message.length > 0, "the error has a message");
    return true;
  });
});

await check("an unknown execution is AWS's ExecutionDoesNotExist", async () => {
  await assert.rejects(client.send(new DescribeExecutionCommand({ executionArn: executionArn + "-missing" })), (e) => {
    assert.ok(e instanceof ExecutionDoesNotExist, `an ExecutionDoesNotExist, not ${e.name}: ${e.message}`);
    assert.equal(e.$fault, "client");
    return true;
  });
});

await check("DeleteStateMachine removes the machine", async () => {
  await client.send(new DeleteStateMachineCommand({ stateMachineArn: machineArn }));
  const listed = await client.send(new ListStateMachinesCommand({}));
  assert.ok(!listed.stateMachines.some((m) => m.stateMachineArn === machineArn), "the machine is no longer listed");
});

console.log(`js smoke: ${checks} checks passed against ${endpoint}`);
