//! The analysis worker's entry point (built by trunk as a web worker).

fn main() {
    #[cfg(target_arch = "wasm32")]
    gleaner_web::worker::start();
}
