/**
 * The domain core of Netværksmøder: plans, programmes, coverage rules and the invitation, in
 * plain TypeScript with no I/O. Everything the rest of the app uses comes through here.
 */
export * from './agendaEdits';
export * from './attendanceCoverage';
export * from './attendeeRoles';
export * from './calendarBooking';
export * from './calendarMeeting';
export * from './cancellation';
export * from './changeDelivery';
export * from './committee';
export * from './directory';
export {
  DayClock,
  MEETING_TIME_ZONE,
  isPlainDate,
  isWallTime,
  wallMinutes,
  wallTimeOf,
} from './dayClock';
export * from './findings';
export * from './findTime';
export * from './followUpEdits';
export * from './forwardRecord';
export * from './freeBusy';
export { formatDateField, parseDateText, parseTimeText } from './dateTimeText';
export { formatDate, formatDuration, formatTime, formatTimeRange, joinList } from './format';
export { escapeHtml, normalizeText } from './html';
export { htmlText } from './htmlScan';
export {
  MAX_ATTENDEES,
  isValidEmail,
  mergeInvitee,
  mergeInvitees,
  personKey,
  rolesAtMeeting,
  withInviteesAdded,
  type MergedInvitees,
} from './invitees';
export * from './invitation';
export * from './inviteAgenda';
export * from './inviteMarks';
export * from './localized';
export * from './parsePlan';
export * from './plan';
export * from './plural';
export {
  type CopenhagenDateTime,
  copenhagenDateTime,
  copenhagenDateTimeOf,
  dateOf,
  MIDNIGHT,
  parseCopenhagenDateTime,
  parsePlainDate,
  parseWallTime,
  plainDate,
  plainDateInUtc,
  wallTime,
  wallTimeAt,
} from './wallTime';
export { meetingPlanSchema } from './planSchema';
export * from './planEdits';
export {
  MAX_COMMITTEE_MEMBERS,
  MAX_PRESENTERS_PER_BLOCK,
  MAX_TITLE_LENGTH,
  PLAN_ID_PATTERN,
} from './planLimits';
export * from './planFromTemplate';
export * from './planText';
export * from './programmes';
export {
  ROLE_RULES,
  coversRole,
  requirementsOf,
  type Requirements,
  type RoleRule,
} from './requirements';
export * from './invitePreview';
export * from './renderInvite';
export * from './roleExpectations';
export * from './roleInvitees';
export * from './roles';
export * from './roster';
export * from './trioSeats';
export * from './planningClock';
export { suggestedMeetingDate } from './suggestedDate';
export * from './standIns';
export {
  FRAME_ADAPT_UNCONFIRMED_MINUTES,
  FRAME_MINUTES,
  NO_BREAK_LIMIT_MINUTES,
  meetingFrame,
  type MeetingFrame,
} from './scheduleRules';
export * from './validatePlan';
export { dateInSentence, isWeekend, plusDays, weekdayOf } from './dateInSentence';
export { DAY_OFF_NAMES } from './dayOffRules';
export * from './organisation';
export { awaitsOrganisation, withOrganisation } from './programmeWording';
export { titleForPosition, titleNumbers } from './seriesRules';
export * from './seriesSnapshot';
export * from './formPlan';
export * from './programmeRegion';
export * from './sendCheck';
export * from './teamsJoinUrl';
export * from './meetingThreadId';
export * from './meetingProgramme';
export * from './liveProgramme';
export * from './stageProgramme';
export * from './stageProgrammeParam';
export * from './sendMarkers';
export * from './sendMessages';
export { SESSION_DATA_MAX, sessionPlanText, storedPlanFromSession } from './sessionPlan';
export {
  checkStoredPlan,
  readCurrentPlan,
  readStoredPlan,
  type StoredPlanCheck,
} from './storedPlan';
export {
  copenhagenMidnight,
  copenhagenOffsetAt,
  copenhagenWallClockAt,
  type CopenhagenWallClock,
} from './copenhagenTime';
