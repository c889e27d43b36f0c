package dev.sfntest.trace;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;

/** Workflows whose histories exercise AWS's linking rules, run on the fake. */
final class Histories {

  static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:book";

  /** Two branches: a long Task (branch 0) and one that fails at once (branch 1). */
  static final String BOOK_TRIP = q("{'StartAt':'BookTrip','States':{'BookTrip':{'Type':'Parallel','End':true,"
      + "'Branches':["
      + "{'StartAt':'ReserveHotel','States':{'ReserveHotel':{'Type':'Task','Resource':'" + LAMBDA + "','End':true}}},"
      + "{'StartAt':'ReserveFlight','States':{'ReserveFlight':{'Type':'Task','Resource':'" + LAMBDA + "','End':true}}}"
      + "]}}}");

  /** Items above 5 fail their iteration in a Fail state; the others wait ten seconds. */
  static final String FRAGILE_ITEMS = q("{'StartAt':'Items','States':{'Items':{'Type':'Map','End':true,"
      + "'ItemProcessor':{'StartAt':'Check','States':{"
      + "'Check':{'Type':'Choice','Choices':[{'Variable':'$','NumericGreaterThan':5,'Next':'TooBig'}],'Default':'Pause'},"
      + "'Pause':{'Type':'Wait','Seconds':10,'End':true},"
      + "'TooBig':{'Type':'Fail','Error':'Item.TooBig','Cause':'over 5'}}}}}}");

  /** A Parallel in a Parallel's branch 0; the inner branch 1 fails, outer branch 1 is in a long Task. */
  static final String NESTED_FAILURE = q("{'StartAt':'Outer','States':{'Outer':{'Type':'Parallel','End':true,"
      + "'Branches':["
      + "{'StartAt':'Inner','States':{'Inner':{'Type':'Parallel','End':true,'Branches':["
      + "{'StartAt':'Nap','States':{'Nap':{'Type':'Wait','Seconds':100,'End':true}}},"
      + "{'StartAt':'ReserveFlight','States':{'ReserveFlight':{'Type':'Task','Resource':'" + LAMBDA + "','End':true}}}"
      + "]}}},"
      + "{'StartAt':'ReserveHotel','States':{'ReserveHotel':{'Type':'Task','Resource':'" + LAMBDA + "','End':true}}}"
      + "]}}}");

  /** A Task retried once on Busy, caught on anything into Refund. */
  static final String CHARGE = q("{'StartAt':'Charge','States':{'Charge':{'Type':'Task','Resource':'" + LAMBDA + "',"
      + "'Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':2,'MaxAttempts':1}],"
      + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Refund'}],'Next':'Done'},"
      + "'Refund':{'Type':'Pass','Next':'Done'},'Done':{'Type':'Succeed'}}}");

  private Histories() {}

  static String q(String json) {
    return json.replace('\'', '"');
  }

  static Execution run(SfnTestContext sfn, String name, String definition, String input) {
    return sfn.deploy(name, definition).start(q(input));
  }

  static SfnTestContext context(FakeSfn fake) {
    return SfnTestContext.of(fake);
  }
}
