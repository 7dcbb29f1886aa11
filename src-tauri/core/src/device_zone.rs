//! Which time zone the device is in: the `TZ` variable first, then the system's setting, the way
//! the C library decides — so the core and the webview, which follows `TZ` too, agree on
//! invitation times and quiet hours.

use chrono_tz::Tz;

/// The zone `TZ` names (`tz_variable`), or else the system's (`system`, asked only then).
///
/// As the C library reads `TZ`: set but empty is UTC; `Area/City` or `:Area/City` is that zone;
/// a path into a zoneinfo folder is the zone the path names. A value that names no zone we know
/// (a POSIX rule such as `CET-1CEST`) is logged and the system's zone is used. `None` if neither
/// names one.
pub fn device_zone(
    tz_variable: Option<&str>,
    system: impl FnOnce() -> Option<String>,
) -> Option<Tz> {
    let from_system = || system().and_then(|name| name.parse().ok());
    let Some(value) = tz_variable else {
        return from_system();
    };
    if value.is_empty() {
        return Some(Tz::UTC);
    }
    let name = value.strip_prefix(':').unwrap_or(value);
    let name = name.rsplit_once("zoneinfo/").map_or(name, |(_, zone)| zone);
    name.parse().ok().or_else(|| {
        tracing::warn!(tz = value, "TZ names no zone we know; using the system's");
        from_system()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::unset(None, Some(chrono_tz::Europe::Oslo))]
    #[case::empty_is_utc(Some(""), Some(Tz::UTC))]
    #[case::a_name(Some("America/New_York"), Some(chrono_tz::America::New_York))]
    #[case::with_a_colon(Some(":Europe/Stockholm"), Some(chrono_tz::Europe::Stockholm))]
    #[case::a_zoneinfo_path(Some("/usr/share/zoneinfo/Asia/Tokyo"), Some(chrono_tz::Asia::Tokyo))]
    #[case::a_posix_rule_falls_back(
        Some("CET-1CEST,M3.5.0,M10.5.0/3"),
        Some(chrono_tz::Europe::Oslo)
    )]
    fn tz_comes_first_as_in_the_c_library(#[case] tz: Option<&str>, #[case] zone: Option<Tz>) {
        assert_eq!(device_zone(tz, || Some("Europe/Oslo".into())), zone);
    }

    #[test]
    fn the_system_is_asked_only_without_a_usable_tz() {
        let zone = device_zone(Some("Europe/Helsinki"), || {
            panic!("the system's zone was read though TZ named one")
        });
        assert_eq!(zone, Some(chrono_tz::Europe::Helsinki));
        assert_eq!(device_zone(None, || Some("Not/AZone".into())), None);
    }
}
