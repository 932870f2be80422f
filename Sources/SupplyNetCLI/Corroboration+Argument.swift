import ArgumentParser
import SupplyNet

extension Corroboration: ExpressibleByArgument {}
