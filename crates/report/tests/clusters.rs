//! The workshop report by cluster: the heatmap has a band per cluster with the
//! cluster's median per area, the ministries go cluster by cluster (ministries without
//! a cluster last), and so do the ministry pages; without the option, the list order.

use codi_model::demo::demo_workspace;
use codi_model::{Edit, Ministry, MinistryId};
use codi_report::{ReportOptions, workshop_report};

mod pdf;
use pdf::{opts, pdftotext};

fn report(ws: &codi_model::Workspace, by_cluster: bool) -> String {
    let o = ReportOptions {
        by_cluster,
        ..opts()
    };
    let r = workshop_report(ws, "followup-2024", &o, &|_, _| true).unwrap();
    pdftotext(&r)
}

#[test]
fn the_heatmap_and_the_pages_go_cluster_by_cluster() {
    let mut ws = demo_workspace();
    // A ministry of the first cluster moved to the end of the list, and one without a
    // cluster at the front.
    let mowca = ws.find_ministry("MoWCA").unwrap().id.clone();
    let end = ws.ministries().len() - 1;
    Edit::MoveMinistry { id: mowca, to: end }
        .apply(&mut ws, None)
        .unwrap();
    Edit::AddMinistry {
        ministry: Box::new(Ministry {
            id: MinistryId::new("PMO").unwrap(),
            name: "Prime Minister's Office".into(),
            cluster: None,
        }),
        position: Some(0),
    }
    .apply(&mut ws, None)
    .unwrap();
    let grouped = report(&ws, true);
    let at = |text: &str, what: &str| {
        text.find(what)
            .unwrap_or_else(|| panic!("{what:?} missing"))
    };
    let band = at(&grouped, "Social Allowance (3 ministries): median");
    let (mosw, mowca, modmr) = (
        at(&grouped, "MoSW · Ministry of Social Welfare"),
        at(&grouped, "MoWCA · Ministry of Women"),
        at(&grouped, "MoDMR · Ministry of Disaster"),
    );
    assert!(
        band < mosw && mosw < mowca && mowca < modmr,
        "MoWCA with its cluster"
    );
    let none = at(&grouped, "No cluster (one ministry): median");
    assert!(modmr < none, "no cluster last");
    // The ministry pages follow: MoWCA's summary comes before MoDMR's.
    let page = |text: &str, m: &str| {
        text.find(&format!("MINISTRY SUMMARY · Follow-up workshop {m}"))
            .unwrap_or_else(|| panic!("no summary page of {m}"))
    };
    assert!(
        page(&grouped, "Ministry of Women and Children Affairs")
            < page(&grouped, "Ministry of Disaster Management and Relief")
    );
    let listed = report(&ws, false);
    assert!(!listed.contains("(3 ministries): median"));
    assert!(
        page(&listed, "Ministry of Women and Children Affairs")
            > page(&listed, "Ministry of Disaster Management and Relief"),
        "the list's order without the option"
    );
}
