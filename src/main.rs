//! Gleaner's page: a Yew app over `gleaner-core`, compiled to WebAssembly.
//! All analysis happens here in the browser; nothing is sent anywhere.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<gleaner_web::App>::new().render();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("gleaner-web is the browser app: build it with `trunk build` (see README.md).");
}
