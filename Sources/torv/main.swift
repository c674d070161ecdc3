import TorvKit

Torv.main()
