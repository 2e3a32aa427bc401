/// What the candidate types of one cell work out once for all of them, by the first that needs
/// it: what validators share (`SharedReadings`). One value per cell: a new cell starts a new one.
struct CellScratch {
    var shared = SharedReadings()
}
