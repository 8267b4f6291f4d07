import type { NetworkMeetingGraph } from '../graph';
import { Home } from './Home';
import { Planner } from './planner/Planner';
import { useSignedInScreens } from './useSignedInScreens';

/**
 * Everything a signed-in user sees: the start screen and the planner. Its own chunk, loaded
 * after sign-in, so the first screen carries neither the schema library nor the time zones.
 */
export default function SignedIn({
  user,
  graph,
}: {
  readonly user: string;
  readonly graph: NetworkMeetingGraph;
}) {
  const screens = useSignedInScreens(user);
  if (screens.planning) {
    return (
      <Planner
        initial={screens.planning}
        user={user}
        drafts={screens.drafts}
        graph={graph}
        onBack={screens.stopPlanning}
      />
    );
  }
  return (
    <Home draft={screens.draft} onPlan={screens.startPlanning} onContinue={screens.continueDraft} />
  );
}
