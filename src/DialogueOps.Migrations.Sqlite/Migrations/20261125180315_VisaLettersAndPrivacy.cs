using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VisaLettersAndPrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "PassportNumber",
                table: "VisaLetterRequests",
                newName: "ProtectedPassportNumber");

            migrationBuilder.RenameColumn(
                name: "DateOfBirth",
                table: "VisaLetterRequests",
                newName: "ProtectedDateOfBirth");

            migrationBuilder.RenameColumn(
                name: "Number",
                table: "PassportDetails",
                newName: "ProtectedNumber");

            migrationBuilder.RenameColumn(
                name: "DateOfBirth",
                table: "PassportDetails",
                newName: "ProtectedDateOfBirth");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "PassportExpiry",
                table: "VisaLetterRequests",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 500);

            migrationBuilder.AddColumn<string>(
                name: "InformationRequested",
                table: "VisaLetterRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nationality",
                table: "VisaLetterRequests",
                type: "TEXT",
                fixedLength: true,
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "PassportErasedAt",
                table: "VisaLetterRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "VisaLetterRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reply",
                table: "VisaLetterRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "VisaLetterRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationReason",
                table: "VisaLetterRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevokedAt",
                table: "VisaLetterRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nationality",
                table: "PassportDetails",
                type: "TEXT",
                fixedLength: true,
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "PassportDetails",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasureRequestedAt",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VisaLetterBilingual",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "VisaLetterCoveredCosts",
                table: "Events",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VisaLetterCoveredCostsLocal",
                table: "Events",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VisaLetterMinimumValidityMonths",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<string>(
                name: "VisaLetterReferencePrefix",
                table: "Events",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "DLG");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobRuns_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_EventId_Kind_CreatedAt",
                table: "JobRuns",
                columns: new[] { "EventId", "Kind", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropColumn(
                name: "InformationRequested",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "Nationality",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "PassportErasedAt",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "Reply",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "RevocationReason",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "VisaLetterRequests");

            migrationBuilder.DropColumn(
                name: "Nationality",
                table: "PassportDetails");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "PassportDetails");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ErasureRequestedAt",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "VisaLetterBilingual",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "VisaLetterCoveredCosts",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "VisaLetterCoveredCostsLocal",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "VisaLetterMinimumValidityMonths",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "VisaLetterReferencePrefix",
                table: "Events");

            migrationBuilder.RenameColumn(
                name: "ProtectedPassportNumber",
                table: "VisaLetterRequests",
                newName: "PassportNumber");

            migrationBuilder.RenameColumn(
                name: "ProtectedDateOfBirth",
                table: "VisaLetterRequests",
                newName: "DateOfBirth");

            migrationBuilder.RenameColumn(
                name: "ProtectedNumber",
                table: "PassportDetails",
                newName: "Number");

            migrationBuilder.RenameColumn(
                name: "ProtectedDateOfBirth",
                table: "PassportDetails",
                newName: "DateOfBirth");

            migrationBuilder.AlterColumn<string>(
                name: "PassportExpiry",
                table: "VisaLetterRequests",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
