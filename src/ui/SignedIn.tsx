import { RetryFeed } from '../app/retryFeed';
import type { NetworkMeetingGraph } from '../graph';
import { MeetingDashboard } from './dashboard/MeetingDashboard';
import { Home } from './Home';
import { InvitationsList } from './InvitationsList';
import { Planner } from './planner/Planner';
import { RetryFeedContext } from './RetryNotice';
import { useSignedInScreens } from './useSignedInScreens';

const SILENT = new RetryFeed();

/**
 * Everything a signed-in user sees: the start screen and the planner. Its own chunk, loaded
 * after sign-in, so the first screen carries neither the schema library nor the time zones.
 */
export default function SignedIn({
  user,
  person,
  graph,
  retries = SILENT,
}: {
  readonly user: string;
  /** The signed-in person's address and name, which their entry in an attendee list carries. */
  readonly person: { readonly email: string; readonly name: string };
  readonly graph: NetworkMeetingGraph;
  readonly retries?: RetryFeed | undefined;
}) {
  const screens = useSignedInScreens(user, graph, person);
  const { screen } = screens;
  return (
    <RetryFeedContext.Provider value={retries}>
      {screen.kind === 'following' ? (
        <MeetingDashboard
          graph={graph}
          eventId={screen.eventId}
          onBack={screens.goHome}
          onPlanNext={screens.planNext}
          onCancelled={screens.markCancelled}
        />
      ) : screen.kind === 'planning' ? (
        <Planner
          initial={screen.plan}
          user={user}
          drafts={screens.drafts}
          storage={screens.storage}
          earlier={screens.earlier.kind === 'loaded' ? screens.earlier.meetings : undefined}
          graph={graph}
          onBack={screens.goHome}
          onFollowUp={screens.followUpBooked}
        />
      ) : (
        <Home
          draft={screens.draft}
          earlier={screens.earlier}
          onPlan={screens.startPlanning}
          onContinue={screens.continueDraft}
          onCopy={(meeting, as) => void screens.copyEarlier(meeting, as)}
          readEffort={screens.readEffort}
          onFollowUp={screens.followUp}
          invitations={
            <InvitationsList
              load={screens.invitations}
              answered={screens.answered}
              answerFailure={screens.answerFailure}
              onAnswer={(m, a, c) => void screens.answer(m, a, c)}
            />
          }
          onLoad={screens.loadHome}
        />
      )}
    </RetryFeedContext.Provider>
  );
}
