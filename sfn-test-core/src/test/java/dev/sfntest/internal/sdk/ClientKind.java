package dev.sfntest.internal.sdk;

import dev.sfntest.core.FakeSfn;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Which of the fake's clients a parameterised API test runs against. */
enum ClientKind {
  SYNC {
    @Override
    SfnClient of(FakeSfn fake) {
      return fake.client();
    }
  },
  ASYNC {
    @Override
    SfnClient of(FakeSfn fake) {
      return new AsyncAsSync(fake.asyncClient());
    }
  };

  abstract SfnClient of(FakeSfn fake);
}
