// Which of the supervisor's actions the API offers; the page shows only those.
export const supervisorActions = {
  pauseIntake: true,
  setOfficerStatus: true,
  endCall: true,
  monitor: true,
  exportDay: true,
} as const;
