fn main() -> std::process::ExitCode {
    deskdrill::cli::main()
}
