# Packages: the CHSI upload package and the mailing packages (zips, PDFs through cairo + pango).
find_package(Poco REQUIRED COMPONENTS Zip)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)
target_sources(gradphoto_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ApprovedPhotos.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BatchNumbers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JpegEncoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MailingDocuments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MailingPackage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageOptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageStatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdfDocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PrintSheetLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProblemsTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StoredPhotoBytes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UploadFileName.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UploadCautions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UploadPackage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UploadPhotoFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ZipParts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ZipWriter.cpp
)
target_link_libraries(gradphoto_reports PRIVATE Poco::Zip PkgConfig::PANGOCAIRO)
