//! Every integration test in one binary: one link instead of five (each binary is
//! the whole portal, the simulator and both database drivers).

#[macro_use]
mod common;

mod suite {
    mod accounts;
    mod appointments;
    mod assisted;
    mod carers;
    mod fhir_parsing;
    mod helpers;
    mod identity;
    mod inclusion;
    mod record;
    mod triage;
}
