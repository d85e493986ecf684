//! The practice countdown: computed from stored times, never from a ticking counter, so a
//! reload or a closed tab keeps the right remaining time.

use serde::{Deserialize, Serialize};

/// A countdown's stored state (times in ms since the Unix epoch).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Countdown {
    /// The duration, in seconds.
    pub limit_s: u32,
    /// Time used while it ran before the current run, in ms.
    pub used_ms: f64,
    /// When the current run started, if it is running.
    pub running_since: Option<f64>,
}

/// How urgent the clock looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    /// More than five minutes left.
    Calm,
    /// Five minutes or less.
    Warn,
    /// One minute or less.
    Critical,
    /// Time is up.
    Over,
}

/// The warning thresholds, in ms.
const WARN_MS: f64 = 5.0 * 60_000.0;
const CRITICAL_MS: f64 = 60_000.0;

impl Countdown {
    /// A countdown of `minutes`, started at `now`.
    pub fn start(minutes: u32, now: f64) -> Self {
        Countdown { limit_s: minutes * 60, used_ms: 0.0, running_since: Some(now) }
    }

    /// The time used so far, in ms.
    pub fn elapsed_ms(&self, now: f64) -> f64 {
        self.used_ms + self.running_since.map_or(0.0, |since| (now - since).max(0.0))
    }

    /// The time left (negative once over), in ms.
    pub fn remaining_ms(&self, now: f64) -> f64 {
        f64::from(self.limit_s) * 1000.0 - self.elapsed_ms(now)
    }

    /// Whether it is paused.
    pub fn paused(&self) -> bool {
        self.running_since.is_none()
    }

    /// Stops the clock, keeping the time used.
    pub fn pause(&mut self, now: f64) {
        self.used_ms = self.elapsed_ms(now);
        self.running_since = None;
    }

    /// Starts the clock again.
    pub fn resume(&mut self, now: f64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    /// Changes the duration, keeping the time used.
    pub fn set_minutes(&mut self, minutes: u32) {
        self.limit_s = minutes * 60;
    }

    /// How urgent the clock is at `now`.
    pub fn urgency(&self, now: f64) -> Urgency {
        let left = self.remaining_ms(now);
        if left <= 0.0 {
            Urgency::Over
        } else if left <= CRITICAL_MS {
            Urgency::Critical
        } else if left <= WARN_MS {
            Urgency::Warn
        } else {
            Urgency::Calm
        }
    }
}

/// Formats a duration in ms as `MM:SS` (or `H:MM:SS`), rounding up so that a clock never
/// shows 00:00 while time is left; negative durations show as 00:00.
pub fn clock(ms: f64) -> String {
    let total = (ms.max(0.0) / 1000.0).ceil() as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m:02}:{s:02}") }
}

/// Formats an elapsed time in ms as `MM:SS`, rounding down (for note stamps).
pub fn stamp(ms: f64) -> String {
    let total = (ms.max(0.0) / 1000.0).floor() as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m:02}:{s:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_from_the_start_time() {
        let c = Countdown::start(15, 1_000.0);
        assert_eq!(clock(c.remaining_ms(1_000.0)), "15:00");
        assert_eq!(clock(c.remaining_ms(61_000.0)), "14:00");
        assert_eq!(clock(c.remaining_ms(61_500.0)), "14:00", "a started second is still shown");
        assert_eq!(clock(c.remaining_ms(62_000.0)), "13:59");
    }

    #[test]
    fn pausing_keeps_the_time_used() {
        let mut c = Countdown::start(10, 0.0);
        c.pause(60_000.0);
        assert_eq!(c.remaining_ms(600_000.0), 540_000.0);
        c.resume(600_000.0);
        assert_eq!(c.remaining_ms(660_000.0), 480_000.0);
    }

    #[test]
    fn warns_at_five_minutes_and_at_one() {
        let c = Countdown::start(10, 0.0);
        assert_eq!(c.urgency(0.0), Urgency::Calm);
        assert_eq!(c.urgency(300_000.0), Urgency::Warn);
        assert_eq!(c.urgency(540_000.0), Urgency::Critical);
        assert_eq!(c.urgency(600_000.0), Urgency::Over);
        assert_eq!(clock(c.remaining_ms(700_000.0)), "00:00");
    }

    #[test]
    fn long_durations_show_hours() {
        assert_eq!(clock(90.0 * 60_000.0), "1:30:00");
        assert_eq!(stamp(61_999.0), "01:01");
    }
}
